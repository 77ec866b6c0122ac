import { defineResource } from '../../kit/operation';
import { getMany } from './getMany.operation';

const operations = { getMany };

export const resource = defineResource('location', { name: 'Location' }, operations, 'getMany');
