import type { IExecuteFunctions } from 'n8n-workflow';

import type { OperationRun } from '../run';
import { tagThread, taggingDescription } from './tagging';

export const description = taggingDescription('removeTag');

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	return await tagThread(this, 'untag_thread', itemIndex, run);
}
