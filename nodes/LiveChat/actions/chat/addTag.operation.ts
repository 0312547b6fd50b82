import type { IExecuteFunctions } from 'n8n-workflow';

import type { OperationRun } from '../run';
import { tagThread, taggingDescription } from './tagging';

export const description = taggingDescription('addTag');

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	return await tagThread(this, 'tag_thread', itemIndex, run);
}
