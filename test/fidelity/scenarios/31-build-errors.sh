# docker build failures: a missing COPY source (also one .dockerignore leaves out), a program the
# image lacks, Dockerfile parse and argument errors, no Dockerfile, no context folder, a bad tag.
printf 'secret\n' > .env
printf '.env\n' > .dockerignore
printf 'FROM alpine\nCOPY nope.txt /x\n' > Dockerfile
docker build .
printf 'FROM alpine\nCOPY .env /x\n' > Dockerfile
docker build .
printf 'FROM alpine\nRUN curl -s localhost\n' > Dockerfile
docker build -t broken .
docker build -q -t broken .
printf 'FROM alpine\nCPY a b\n' > Dockerfile
docker build .
printf 'FROM alpine\nEXPOSE\n' > Dockerfile
docker build .
printf 'FROM alpine\nCOPY a\n' > Dockerfile
docker build .
printf 'FROM alpine\nWORKDIR\n' > Dockerfile
docker build .
printf 'FROM alpine\nENV A\n' > Dockerfile
docker build .
printf 'ENV A=1\n' > Dockerfile
docker build .
docker build -f nope .
docker build nodir
docker build -t 'My App' .
docker images broken
