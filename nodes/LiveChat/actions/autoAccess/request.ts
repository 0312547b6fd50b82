import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { groupIds, trimmedText } from '../parameters';

interface Match {
	value: string;
	exactMatch?: boolean;
}

const GEOLOCATION: Record<string, string> = {
	country: 'country',
	countryCode: 'country_code',
	region: 'region',
	city: 'city',
};

/** LiveChat's `conditions` from the Conditions collection; at least one condition. */
export function ruleConditions(
	context: IExecuteFunctions,
	collection: IDataObject,
	itemIndex: number,
): IDataObject {
	const invalid = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex, description });
	const matches = (name: string) =>
		(((collection[name] as IDataObject | undefined)?.match ?? []) as Match[])
			.map((match) => ({ value: trimmedText(match.value), exact_match: match.exactMatch === true }))
			.filter((match) => match.value);
	const conditions: IDataObject = {};
	for (const [field, label] of [
		['url', 'URL'],
		['domain', 'Domain'],
	]) {
		const values = matches(`${field}Matches`);
		const excluded = matches(`${field}Excludes`);
		if (values.length && excluded.length)
			throw invalid(
				`${label} has both "One Of" and "Not Any Of" values`,
				`LiveChat matches a ${label} either against values or against exclusions: keep one of the two.`,
			);
		if (values.length) conditions[field] = { values };
		if (excluded.length) conditions[field] = { exclude_values: excluded };
	}
	const locations = (
		((collection.locations as IDataObject | undefined)?.location ?? []) as IDataObject[]
	)
		.map((location) =>
			Object.fromEntries(
				Object.entries(GEOLOCATION)
					.map(([name, field]) => [field, trimmedText(location[name])])
					.filter(([, value]) => value),
			),
		)
		.filter((location) => Object.keys(location).length);
	if (locations.length) conditions.geolocation = { values: locations };
	if (!Object.keys(conditions).length)
		throw invalid(
			'The rule has no condition',
			'Add a URL, domain or location condition with at least one value: LiveChat needs one to know which visitors the rule routes.',
		);
	return conditions;
}

/** The groups a rule routes to; LiveChat needs at least one. */
export function ruleGroups(context: IExecuteFunctions, value: unknown, itemIndex: number) {
	const groups = groupIds(value);
	if (!groups.length)
		throw new NodeOperationError(context.getNode(), 'The rule routes to no group', {
			itemIndex,
			description: 'Choose at least one group the matching chats go to.',
		});
	return groups;
}
