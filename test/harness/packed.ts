/**
 * The package as npm would publish it: `npm pack`, unpacked into a node_modules folder beside
 * n8n-workflow (n8n provides it to community nodes), and loaded by n8n-core's own
 * PackageDirectoryLoader, the loader n8n uses for installed community packages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PackageDirectoryLoader } from 'n8n-core';
import type { ICredentialType, INodeType } from 'n8n-workflow';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface PackedPackage {
	tarball: string;
	/** The unpacked package folder */
	directory: string;
	/** Paths inside the tarball, as npm packed them */
	files: string[];
	loader: PackageDirectoryLoader;
	node: INodeType;
	credential: ICredentialType;
	/** The names of every credential type n8n's loader found */
	credentialTypes: string[];
}

export async function packAndLoad(): Promise<PackedPackage> {
	const work = mkdtempSync(path.join(tmpdir(), 'webex-pack-'));
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	) as Array<{ filename: string; files: Array<{ path: string }> }>;
	const tarball = path.join(work, packed[0].filename);
	const modules = path.join(work, 'node_modules');
	const directory = path.join(modules, 'n8n-nodes-webex-calling');
	mkdirSync(directory, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', directory, '--strip-components=1']);
	symlinkSync(
		path.join(REPO_ROOT, 'node_modules', 'n8n-workflow'),
		path.join(modules, 'n8n-workflow'),
		'dir',
	);

	const loader = new PackageDirectoryLoader(directory);
	await loader.loadAll();
	return {
		tarball,
		directory,
		files: packed[0].files.map((f) => f.path).sort(),
		loader,
		node: loader.nodeTypes.webexCalling?.type as INodeType,
		credential: loader.credentialTypes.webexCallingApi?.type,
		credentialTypes: Object.keys(loader.credentialTypes),
	};
}
