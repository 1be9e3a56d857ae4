# Seed article 001 (a Flask app in Docker, then another container calling it by its private IP, then
# the article's Compose file). The article shows neither app.py nor the Dockerfiles: these are the
# textbook ones it describes (GET / answers "Hi! I'm Flask!"; app.run(host="0.0.0.0", port=5000)).
# test_ubuntu is built FROM ubuntu:24.04 with curl (apt-get in the stand-in finds curl already there:
# no traffic leaves the machine) and sleeps so that it stays up for `docker exec`.
printf 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hi! I'"'"'m Flask!"\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n' > app.py
printf 'FROM python:3.9-slim\nWORKDIR /app\nCOPY . .\nRUN pip install flask\nEXPOSE 5000\nCMD ["python", "app.py"]\n' > Dockerfile
docker build -t test_flask_app .
docker run -d -p 5000:5000 test_flask_app
curl http://localhost:5000
curl -i http://localhost:5000/nope
mkdir ubuntu
printf 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\nCMD ["sleep", "infinity"]\n' > ubuntu/Dockerfile
docker build -t test_ubuntu ubuntu
docker run -d test_ubuntu
docker exec $(docker ps -lq) curl -s http://172.17.0.2:5000
docker logs $(docker ps -q --filter ancestor=test_flask_app)
docker rm -f $(docker ps -aq)
printf "version: '3'\nservices:\n  web:\n    image: nginx\n    networks:\n      - webnet\n  database:\n    image: postgres\n    networks:\n      - dbnet\n  backend:\n    image: node\n    networks:\n      - webnet\n      - dbnet\n\nnetworks:\n  webnet:\n    driver: bridge\n  dbnet:\n    driver: bridge\n" > docker-compose.yml
docker compose up -d
docker compose ps -a --format '{{.Service}} {{.State}} {{.ExitCode}}'
docker network ls --format '{{.Name}} {{.Driver}}'
docker compose logs database
docker compose down
