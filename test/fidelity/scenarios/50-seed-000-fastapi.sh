# Seed article 000 (FastAPI in Docker, bridge mode vs host mode), followed line by line as a learner
# would, files written with printf. The article runs the host-mode container while the bridge one
# still publishes 8000, so on a real machine uvicorn cannot bind; the lines after it stop the first
# container and try again, then do the article's "curl inside the container" without a terminal.
# uvicorn takes about a second to import and bind, longer than the recorder's settle pause: the
# `sleep 5` lines are the learner waiting before looking.
printf 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/")\ndef read_root():\n    return {"message": "Hello from FastAPI"}\n' > main.py
printf 'FROM python:3.9\nWORKDIR /app\nCOPY . /app\nRUN pip install fastapi uvicorn\nEXPOSE 8000\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]\n' > Dockerfile
docker build -t my-fastapi-image .
docker run -d -p 8000:8000 my-fastapi-image
docker run -d --network host my-fastapi-image
sleep 5
curl http://localhost:8000
docker ps -a --format '{{.Image}} {{.Command}} {{.Status}} {{.Ports}}'
docker logs $(docker ps -lq)
docker logs $(docker ps -q)
docker rm -f $(docker ps -aq)
docker run -d --network host my-fastapi-image
sleep 5
curl http://localhost:8000
curl -i http://localhost:8000/nope
curl -s -X POST http://localhost:8000/
docker exec $(docker ps -lq) curl -s http://localhost:8000
docker logs $(docker ps -lq)
docker exec $(docker ps -lq) pwd
docker exec $(docker ps -lq) ls
docker rm -f $(docker ps -aq)
