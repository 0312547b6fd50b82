/**
 * Throw-away PostgreSQL and Redis servers on loopback for n8n's queue mode, from the machine's
 * Debian packages (PostgreSQL 15 binaries, redis-server). As root, PostgreSQL runs as `postgres`.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { freePort, waitFor } from './ports';

const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

function runAsPostgres(command: string, args: string[]) {
	const [file, argv] = asRoot
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
	return execFileSync(file, argv, { stdio: 'pipe', encoding: 'utf8' });
}

export async function startPostgres() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pg-'));
	if (asRoot) execFileSync('chown', ['postgres', dir]);
	const port = await freePort();
	const data = path.join(dir, 'data');
	runAsPostgres(path.join(POSTGRES_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust']);
	runAsPostgres(path.join(POSTGRES_BIN, 'pg_ctl'), [
		'-D',
		data,
		'-l',
		path.join(dir, 'log'),
		'-w',
		'start',
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
	]);
	runAsPostgres(path.join(POSTGRES_BIN, 'createdb'), [
		'-h',
		'127.0.0.1',
		'-p',
		String(port),
		'-U',
		'postgres',
		'n8n',
	]);
	return {
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
		},
		stop: () => {
			runAsPostgres(path.join(POSTGRES_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

export async function startRedis() {
	const port = await freePort();
	let log = '';
	const child: ChildProcess = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	await waitFor('redis to start', () => /Ready to accept connections/.test(log), 20_000);
	return {
		env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		stop: () => void child.kill('SIGTERM'),
	};
}
