# docker build as BuildKit prints it (plain progress, not a terminal): a first build, a rebuild from
# the cache, several tags, -q, --build-arg, -f; a rebuilt tag leaves the old image as <none>.
printf 'hello\n' > app.py
printf 'secret\n' > .env
printf '.env\n' > .dockerignore
printf 'FROM alpine\nWORKDIR /app\nENV A=1 B="two words"\nARG VER=1.0\nCOPY app.py .\nRUN echo hi $VER\nEXPOSE 5000\nCMD ["python", "app.py"]\n' > Dockerfile
docker build -t web .
docker build -t web .
docker images web
docker inspect -f '{{json .Config.Env}} {{json .Config.Cmd}} {{.Config.WorkingDir}} {{json .Config.ExposedPorts}} {{.Comment}} {{json .RepoDigests}}' web
printf 'FROM alpine\nWORKDIR /app\nCOPY app.py .\nCMD ["sleep", "1000"]\n' > Dockerfile
docker build -t web -t web:v2 .
docker images | grep -e web -e none
docker build -q -t web:q .
printf 'FROM alpine\nARG PORT=80\nENV APP_PORT=$PORT\nEXPOSE $PORT\nUSER nobody\nLABEL team=net\nENTRYPOINT ["/bin/sh", "-c"]\nCMD echo hi $APP_PORT\n' > Dockerfile.dev
docker build -f Dockerfile.dev --build-arg PORT=8080 -t dev .
docker inspect -f '{{json .Config.Env}} {{json .Config.ExposedPorts}} {{.Config.User}} {{json .Config.Labels}} {{json .Config.Entrypoint}} {{json .Config.Cmd}}' dev
printf 'FROM alpine\nRUN echo one && \\\n    echo two\n# a comment\nrun echo three\n' > Dockerfile.multi
docker build -f Dockerfile.multi -t multi .
