// The seed articles' own apps, followed line by line: the container runs the code the learner wrote.
import {describe, expect, test} from 'vitest';
import {Session} from '../../../src/shell/session.js';

function session(files: Record<string, string>): Session {
	return new Session({seed: 1, files});
}

const MAIN_PY = 'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/")\ndef read_root():\n    return {"message": "Hello from FastAPI"}\n';
const FASTAPI_DOCKERFILE = 'FROM python:3.9\nWORKDIR /app\nCOPY . /app\nRUN pip install fastapi uvicorn\nEXPOSE 8000\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]\n';
const APP_PY = 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hi! I\'m Flask!"\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n';
const FLASK_DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install flask\nEXPOSE 5000\nCMD ["python", "app.py"]\n';

describe('seed 000: FastAPI in a container', () => {
	test('the greeting main.py returns comes back through -p 8000:8000', () => {
		const s = session({'main.py': MAIN_PY, Dockerfile: FASTAPI_DOCKERFILE});
		expect(s.run('docker build -t my-fastapi-image .').exitCode).toBe(0);
		expect(s.run('docker run -d -p 8000:8000 my-fastapi-image').exitCode).toBe(0);
		const r = s.run('curl -s http://localhost:8000');
		expect(r.stdout).toBe('{"message":"Hello from FastAPI"}');
		const i = s.run('curl -si http://localhost:8000/nope');
		expect(i.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\r\ndate: .*\r\nserver: uvicorn\r\ncontent-length: 22\r\ncontent-type: application\/json\r\n\r\n\{"detail":"Not Found"\}$/);
	});

	test('docker logs shows uvicorn\'s start-up lines', () => {
		const s = session({'main.py': MAIN_PY, Dockerfile: FASTAPI_DOCKERFILE});
		s.run('docker build -t my-fastapi-image .');
		s.run('docker run -d --name api -p 8000:8000 my-fastapi-image');
		expect(s.run('docker logs api').stderr).toBe('INFO:     Started server process [1]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nINFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n');
	});
});

describe('access logs of the learner\'s apps', () => {
	test('uvicorn logs each request with the peer it saw: the gateway through -p, loopback in host mode, the caller on a shared network', () => {
		const s = session({'main.py': MAIN_PY, Dockerfile: FASTAPI_DOCKERFILE});
		s.run('docker build -t my-fastapi-image .');
		s.run('docker run -d --name api -p 8000:8000 my-fastapi-image');
		s.run('curl -s http://localhost:8000/nope');
		s.run('docker run -dit --name client alpine sh');
		s.run('docker exec client wget -qO- http://172.17.0.2:8000/');
		const logs = s.run('docker logs api').stdout.split('\n');
		expect(logs[0]).toMatch(/^INFO: {5}172\.17\.0\.1:\d+ - "GET \/nope HTTP\/1\.1" 404 Not Found$/);
		expect(logs[1]).toMatch(/^INFO: {5}172\.17\.0\.3:\d+ - "GET \/ HTTP\/1\.1" 200 OK$/);
		s.run('docker rm -f api');
		s.run('docker run -d --name hostapi --network host my-fastapi-image');
		s.run('curl -s -X POST http://localhost:8000/');
		expect(s.run('docker logs hostapi').stdout).toMatch(/^INFO: {5}127\.0\.0\.1:\d+ - "POST \/ HTTP\/1\.1" 405 Method Not Allowed\n$/);
	});

	test('a host-mode uvicorn whose port is taken never says it is running, and importing main.py leaves __pycache__', () => {
		const s = session({'main.py': MAIN_PY, Dockerfile: FASTAPI_DOCKERFILE});
		s.run('docker build -t my-fastapi-image .');
		s.run('docker run -d --name api -p 8000:8000 my-fastapi-image');
		s.run('docker run -d --name hostapi --network host my-fastapi-image');
		expect(s.run('docker logs hostapi').stderr).toBe("INFO:     Started server process [1]\nINFO:     Waiting for application startup.\nINFO:     Application startup complete.\nERROR:    [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use\nINFO:     Waiting for application shutdown.\nINFO:     Application shutdown complete.\n");
		expect(s.run('docker exec api ls').stdout).toBe('Dockerfile\n__pycache__\nmain.py\n');
	});
});

describe('seed 001: Flask in a container', () => {
	test('python app.py keeps running and answers its route', () => {
		const s = session({'app.py': APP_PY, Dockerfile: FLASK_DOCKERFILE});
		expect(s.run('docker build -t test_flask_app .').exitCode).toBe(0);
		expect(s.run('docker run -d --name flask -p 5000:5000 test_flask_app').exitCode).toBe(0);
		expect(s.run("docker ps --format '{{.Names}} {{.Status}}'").stdout).toMatch(/^flask Up /);
		expect(s.run('curl -s localhost:5000').stdout).toBe("Hi! I'm Flask!");
		const logs = s.run('docker logs flask');
		expect(logs.stdout).toBe(" * Serving Flask app 'app'\n * Debug mode: off\n");
		// Werkzeug colours its lines even without a terminal, and logs each request (51-seed-001).
		expect(logs.stderr).toMatch(/^\x1b\[31m\x1b\[1mWARNING: This is a development server\. .*\x1b\[0m\n \* Running on all addresses \(0\.0\.0\.0\)\n \* Running on http:\/\/127\.0\.0\.1:5000\n \* Running on http:\/\/172\.17\.0\.2:5000\n\x1b\[33mPress CTRL\+C to quit\x1b\[0m\n172\.17\.0\.1 - - \[\d\d\/[A-Z][a-z]{2}\/\d{4} \d\d:\d\d:\d\d\] "GET \/ HTTP\/1\.1" 200 -\n$/);
	});

	test('a syntax error stops the container with status 1 and CPython\'s report in its log', () => {
		const s = session({'app.py': APP_PY.replace('def hello():', 'def hello()'), Dockerfile: FLASK_DOCKERFILE});
		s.run('docker build -t test_flask_app .');
		s.run('docker run -d --name flask test_flask_app');
		expect(s.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(1\)/);
		expect(s.run('docker logs flask').stderr).toBe('  File "/app/app.py", line 6\n    def hello()\n               ^\nSyntaxError: expected \':\'\n');
	});

	test('a route the reader cannot follow is a game note, not program output', () => {
		const s = session({'app.py': APP_PY.replace('return "Hi! I\'m Flask!"', 'return render_template("index.html")'), Dockerfile: FLASK_DOCKERFILE});
		s.run('docker build -t test_flask_app .');
		const r = s.run('docker run -d --name flask test_flask_app');
		expect(r.stderr).toBe('netdojo: could not follow what hello() returns; it answers with an empty body\n');
		expect(s.run('docker logs flask').stderr).not.toMatch(/netdojo/);
	});
});

describe('a level goal can ask for the body the learner\'s own code returns', () => {
	test('probe body matches what main.py returns, and not what it does not', async () => {
		const {evaluateGoal} = await import('../../../src/levels/checker.js');
		const s = session({'main.py': MAIN_PY, Dockerfile: FASTAPI_DOCKERFILE});
		s.run('docker build -t my-fastapi-image .');
		s.run('docker run -d -p 8000:8000 my-fastapi-image');
		const goal = (body: string) => ({id: 'g', text: {en: 'g'}, probe: {from: 'host', to: 'http://localhost:8000/', expect: 'reachable' as const, body}});
		const ctx = {baseline: {}, answers: []};
		expect(evaluateGoal(s.world, goal('Hello from FastAPI') as never, ctx).met).toBe(true);
		expect(evaluateGoal(s.world, goal('Hello from Flask') as never, ctx).met).toBe(false);
	});
});
