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

	getParentTypes(): string[] {
		return [];
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.getType(type).properties;
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

	/** Fills in the credential type's defaults for fields the user left out, as n8n does. */
	applyDefaults(
		data: ICredentialDataDecryptedObject,
		type: string,
	): ICredentialDataDecryptedObject {
		const withDefaults = NodeHelpers.getNodeParameters(
			this.getType(type).properties,
			data as never,
			true,
			false,
			null,
			null,
		);
		return { ...data, ...(withDefaults as ICredentialDataDecryptedObject) };
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
		await stored.setData({
			...(await stored.getData()),
			...output,
		} as ICredentialDataDecryptedObject);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}
}
