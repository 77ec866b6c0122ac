/**
 * Credentials the way n8n handles them: stored encrypted with n8n-core's `Credentials` (the
 * instance's encryption key), decrypted per node, defaults applied from the credential type,
 * and `authenticate` applied by resolving the type's generic expressions against the data.
 */
import { randomBytes } from 'node:crypto';

import { Container } from '@n8n/di';
import { Cipher, Credentials, EncryptionKeyProxy } from 'n8n-core';
import type { KeyInfo } from 'n8n-core';
import { ICredentialsHelper, NodeHelpers } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IHttpRequestHelper,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';

/**
 * n8n keeps per-instance data keys, wrapped with the instance's encryption key, in its
 * database. The harness has one such key in memory, wrapped the same way.
 */
function installEncryptionKey() {
	const proxy = Container.get(EncryptionKeyProxy);
	const cipher = Container.get(Cipher);
	const key: KeyInfo = {
		id: 'harnesskey1',
		value: cipher.encryptDEKWithInstanceKey(randomBytes(32).toString('hex')),
		algorithm: 'aes-256-gcm',
		format: 'prefixed',
	};
	proxy.setProvider({
		getActiveKey: async () => key,
		getKeyById: async (id) => (id === key.id ? key : null),
		getLegacyKey: async () => key,
	});
}

/**
 * A credential field's expression resolved against the credential's own data. n8n's credential
 * expressions (OAuth2 URLs) use `$self["field"]` and plain string methods; this evaluates just
 * that, without n8n's expression runtime (which needs a workflow).
 */
function resolveSelf(expression: string, self: ICredentialDataDecryptedObject): string {
	return expression
		.slice(1)
		.replace(/\{\{(.+?)\}\}/g, (_, code: string) =>
			String(new Function('$self', `return (${code});`)(self)),
		);
}

/** Hidden OAuth2 fields n8n always takes from the credential type, never from the stored data */
const OAUTH_PINNED_FIELDS = ['authUrl', 'accessTokenUrl', 'grantType', 'authentication'];

export class TestCredentialsHelper extends ICredentialsHelper {
	private readonly types = new Map<string, ICredentialType>();

	private readonly stored = new Map<string, Credentials>();

	/** Every decryption, so tests can see credentials were resolved per node as n8n does */
	readonly decryptions: Array<{ id: string | null; type: string }> = [];

	constructor(types: ICredentialType[]) {
		super();
		installEncryptionKey();
		for (const type of types) this.types.set(type.name, type);
	}

	getType(name: string): ICredentialType {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	/** Saves a credential encrypted, as n8n's database would hold it. */
	async store(id: string, name: string, type: string, data: ICredentialDataDecryptedObject) {
		this.getType(type);
		const credentials = new Credentials({ id, name }, type);
		await credentials.setData(data);
		this.stored.set(id, credentials);
	}

	/** The encrypted text at rest (to check the token is not stored in clear). */
	encryptedData(id: string): string {
		return this.stored.get(id)?.getDataToSave().data ?? '';
	}

	/** The types a type extends, nearest first, as n8n's CredentialTypes.getParentTypes. */
	getParentTypes(name: string): string[] {
		const parents = this.getType(name).extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	/** A type's properties over its parents' (a child's property replaces its parent's), as n8n. */
	getCredentialsProperties(type: string): INodeProperties[] {
		const own = this.getType(type).properties;
		const inherited = (this.getType(type).extends ?? []).flatMap((parent) =>
			this.getCredentialsProperties(parent),
		);
		const names = new Set(own.map((property) => property.name));
		return [...inherited.filter((property) => !names.has(property.name)), ...own];
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<Credentials> {
		const credentials = nodeCredentials.id ? this.stored.get(nodeCredentials.id) : undefined;
		if (!credentials || credentials.type !== type) {
			throw new Error(`Credential "${nodeCredentials.name}" (${type}) does not exist`);
		}
		return credentials;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const credentials = await this.getCredentials(nodeCredentials, type);
		this.decryptions.push({ id: nodeCredentials.id, type });
		return this.applyDefaults(await credentials.getData(), type);
	}

	/**
	 * Fills in the credential type's defaults for fields the user left out, and resolves the
	 * expressions among them against the credential itself (`$self`), as n8n's
	 * applyDefaultsAndOverwrites does (e.g. an OAuth2 token URL built from the Base URL). Hidden
	 * fields always take the type's value, as n8n does for the OAuth2 URLs.
	 */
	applyDefaults(
		data: ICredentialDataDecryptedObject,
		type: string,
	): ICredentialDataDecryptedObject {
		const properties = this.getCredentialsProperties(type);
		const stored = { ...data };
		for (const property of properties)
			if (property.type === 'hidden' && OAUTH_PINNED_FIELDS.includes(property.name))
				delete stored[property.name];
		const withDefaults = NodeHelpers.getNodeParameters(
			properties,
			stored as never,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		const merged: ICredentialDataDecryptedObject = { ...stored, ...withDefaults };
		if (data.oauthTokenData !== undefined) merged.oauthTokenData = data.oauthTokenData;
		for (const [key, value] of Object.entries(merged)) {
			if (typeof value === 'string' && value.startsWith('='))
				merged[key] = resolveSelf(value, merged);
		}
		return merged;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.getType(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			if (!workflow || !node) throw new Error('Generic authentication needs the workflow and node');
			const resolve = (value: string) =>
				String(
					workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					) ?? '',
				);
			const options = requestOptions as unknown as Record<string, Record<string, string>>;
			for (const [target, entries] of Object.entries(authenticate.properties)) {
				options[target] ??= {};
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					options[target][resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	/** Each token a credential's preAuthentication fetched, as n8n would have saved it */
	readonly preAuthentications: Array<{ id: string | null; type: string }> = [];

	/**
	 * As n8n's CredentialsHelper.preAuthentication (packages/cli, 2.41): a credential type with a
	 * hidden expirable field and a preAuthentication function gets it called when that field is
	 * empty, when the request found the credential expired, or for a credential test; what it
	 * returns is saved into the stored credential and assigned into the one the node holds.
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.getType(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const testing = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !testing) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined || !node.credentials) return undefined;
		const nodeCredentials = node.credentials[type.name];
		this.preAuthentications.push({ id: nodeCredentials.id, type: typeName });
		const stored = await this.getCredentials(nodeCredentials, type.name);
		// As n8n 1.x does (credentials-helper preAuthentication): the data it was handed, with the
		// output over it, is saved whole. n8n 2.x saves only the output over what is stored now;
		// the node hands over what is stored now, so both keep edits made during a run.
		await stored.setData(Object.assign(credentials, output));
		return credentials;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async updateCredentials(): Promise<void> {}

	/** Each OAuth2 token n8n refreshed and saved, by credential */
	readonly oauthTokenSaves: Array<{ id: string | null; type: string }> = [];

	/** As n8n: the refreshed OAuth2 token data is saved into the stored credential. */
	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const stored = await this.getCredentials(nodeCredentials, type);
		this.oauthTokenSaves.push({ id: nodeCredentials.id, type });
		await stored.setData({ ...(await stored.getData()), oauthTokenData: data.oauthTokenData });
	}
}
