# BuildKit here-documents in a Dockerfile's RUN (no `# syntax` line: the daemon's built-in frontend
# has them): `RUN <<EOF` runs the body as the script and is named `RUN <<EOF (first line...)`;
# `RUN <<-EOT sh` strips the body's leading tabs and keeps the line as its name. (COPY <<EOF works too,
# but its "preparing inline document" step races with the RUN before it, so it is not recorded here.)
printf 'FROM alpine\nRUN <<EOF\necho one\necho two > /two.txt\nEOF\nRUN cat /two.txt\nCMD ["cat", "/two.txt"]\n' > Dockerfile
docker build -t heredoc .
docker run --rm heredoc
printf 'FROM alpine\nRUN <<-EOT sh\n\techo tabbed\nEOT\n' > Dockerfile.tab
docker build -f Dockerfile.tab -t heredoc2 .
