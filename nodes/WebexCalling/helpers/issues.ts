/**
 * What is wrong with an item's input, collected before anything is sent, and the one message
 * that tells the user. Pure.
 */
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

export interface InputIssue {
	/** Path of the field in the request body or parameters, e.g. `holidays[0].startDate` */
	field: string;
	problem: string;
}

/** A field of a form, as far as naming it goes: nested collections carry their own fields. */
interface FormField {
	name: string;
	displayName: string;
	fields: FormField[];
}

/** The fields a property holds: a collection's options, a fixed collection's groups and their values. */
function fieldsOf(property: INodeProperties): FormField[] {
	if (property.type === 'collection')
		return formFields((property.options ?? []) as INodeProperties[]);
	if (property.type === 'fixedCollection')
		return ((property.options ?? []) as INodePropertyCollection[]).map((group) => ({
			name: group.name,
			displayName: group.displayName,
			fields: formFields(group.values),
		}));
	return [];
}

function formFields(properties: INodeProperties[]): FormField[] {
	return properties.map((property) => ({
		name: property.name,
		displayName: property.displayName,
		fields: fieldsOf(property),
	}));
}

/**
 * The field of this name nearest the top of `fields`: a body path skips the form's containers
 * (an Update Fields collection, a fixed collection's group), so they are searched through.
 */
function nearest(fields: FormField[], name: string): FormField | undefined {
	let level = fields;
	while (level.length > 0) {
		const found = level.find((field) => field.name === name);
		if (found) return found;
		level = level.flatMap((field) => field.fields);
	}
	return undefined;
}

/**
 * The path's parts named by `fields` (a part they lack keeps its API name, an index becomes #n),
 * and whether they had the first part.
 */
function labelsIn(path: string, fields: FormField[]): { parts: string[]; known: boolean } {
	const parts: string[] = [];
	let level = fields;
	let known = false;
	for (const [position, segment] of path.split('.').entries()) {
		const match = /^([^[]+)((?:\[\d+\])*)$/.exec(segment);
		const key = match ? match[1] : segment;
		const field = nearest(level, key);
		if (position === 0) known = field !== undefined;
		parts.push(field?.displayName ?? key);
		for (const index of (match?.[2] ?? '').match(/\d+/g) ?? []) parts.push(`#${Number(index) + 1}`);
		level = field?.fields ?? [];
	}
	return { parts, known };
}

/**
 * `holidays[2].startDate` → `Holidays → #3 → Start Date`: each part of an API path named as the
 * operation's form names it (`form`, the operation's own properties), so there is one source
 * for the words. A field the form lacks (given in JSON) is named as the node's other forms
 * (`nodeForm`) name it, else keeps its API name.
 */
export function fieldLabel(
	path: string,
	form: INodeProperties[],
	nodeForm: INodeProperties[] = [],
): string {
	const own = labelsIn(path, formFields(form));
	return (own.known ? own : labelsIn(path, formFields(nodeForm))).parts.join(' → ');
}

function describeField(field: string, form: INodeProperties[], nodeForm: INodeProperties[]) {
	const label = fieldLabel(field, form, nodeForm);
	return label.replace(/\s/g, '').toLowerCase() === field.toLowerCase()
		? label
		: `${label} (${field})`;
}

/**
 * One message a user can act on: which item (none for a tool call), which fields (named as `form`, the operation's
 * properties, shows them, else as the node's `nodeForm` does, with the API path where that
 * differs), what is wrong.
 */
export function describeIssues(
	issues: InputIssue[],
	/** undefined: a call with one item (an AI agent's tool call), which is not named */
	itemIndex: number | undefined,
	form: INodeProperties[],
	nodeForm: INodeProperties[] = [],
): string {
	const parts = issues.map(
		(issue) => `${describeField(issue.field, form, nodeForm)} ${issue.problem}`,
	);
	return `Invalid input${itemIndex === undefined ? '' : ` in item ${itemIndex}`}: ${parts.join('; ')}`;
}
