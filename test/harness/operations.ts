/** Every resource → operation of the node, from its own router: what "every operation" tests cover. */
import { resources } from '../../nodes/WebexCalling/actions';

export function allOperations(): Array<[resource: string, operation: string]> {
	return Object.entries(resources).flatMap(([resource, operations]) =>
		Object.keys(operations).map((operation) => [resource, operation] as [string, string]),
	);
}
