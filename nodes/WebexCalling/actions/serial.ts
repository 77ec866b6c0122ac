/**
 * Work on one key (e.g. one mode name) one after another within a node execution, while other
 * keys run concurrently: two items that create-or-update the same name must not both find it
 * absent and both create it.
 */
const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

export async function oneAtATime<T>(
	context: object,
	key: string,
	work: () => Promise<T>,
): Promise<T> {
	let byKey = queues.get(context);
	if (!byKey) {
		byKey = new Map();
		queues.set(context, byKey);
	}
	const before = byKey.get(key) ?? Promise.resolve();
	const mine = before.then(work, work);
	// The next one waits for this one to settle, whatever its outcome.
	byKey.set(
		key,
		mine.then(
			() => undefined,
			() => undefined,
		),
	);
	return await mine;
}
