import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PropertyValues } from '../../types/livechat';
import { trimmedText } from '../parameters';

/** The namespace and name filters of list_license_properties and list_groups_properties. */
export function valueFilters(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const namespace = trimmedText(context.getNodeParameter('namespace', itemIndex, ''));
	const prefix = trimmedText(context.getNodeParameter('namePrefix', itemIndex, ''));
	return { ...(namespace && { namespace }), ...(prefix && { name_prefix: prefix }) };
}

/** One item per value: `{ namespace, name, value }` and what `extra` adds (a group's id). */
export function valueItems(values: PropertyValues, extra: IDataObject = {}): IDataObject[] {
	return Object.entries(values).flatMap(([namespace, named]) =>
		Object.entries(named).map(([name, value]) => ({
			...extra,
			namespace,
			name,
			value,
		})),
	);
}
