import type { INodeProperties } from 'n8n-workflow';

export const greetingIdField: INodeProperties = {
	displayName: 'Greeting Name or ID',
	name: 'greetingId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGreetings' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Rule types whose `value` is compared with `operator`. */
const VALUE_RULES = [
	'geolocation',
	'pages_view_number',
	'search_keyword',
	'url_current',
	'url_match_page_view_number',
	'url_referrer',
	'url_visited',
	'visit_time_page',
	'visit_time_site',
	'visits_number',
];
const URL_LIST_RULES = ['url_funnel', 'url_match_page_view_number'];
const SESSION_FIELD_RULES = ['ads_traffic', 'custom_variable'];

const operatorOptions = [
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'doesnt_contain' },
	{ name: 'Does Not Equal', value: 'doesnt_equal' },
	{ name: 'Equals', value: 'equals' },
	{ name: 'Greater or Equal', value: 'greater_or_equal' },
	{ name: 'Greater Than', value: 'greater_than' },
	{ name: 'Lower or Equal', value: 'lower_or_equal' },
	{ name: 'Lower Than', value: 'lower_than' },
];

/** When the widget shows the greeting: LiveChat's `rules`, at most 10. */
export const rulesField: INodeProperties = {
	displayName: 'Rules',
	name: 'rules',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Rule',
	default: {},
	description: 'When the chat widget shows the greeting (at most 10 rules)',
	options: [
		{
			displayName: 'Rule',
			name: 'rule',
			values: [
				{
					displayName: 'Combine With',
					name: 'condition',
					type: 'options',
					options: [
						{ name: 'And (All Rules Match)', value: 'and' },
						{ name: 'Or (One Rule Matches)', value: 'or' },
					],
					default: 'and',
				},
				{
					displayName: 'Condition Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Ads Traffic', value: 'ads_traffic' },
						{ name: 'Current Page URL', value: 'url_current' },
						{ name: 'Custom Variable', value: 'custom_variable' },
						{ name: 'Geolocation', value: 'geolocation' },
						{ name: 'Number of Page Views', value: 'pages_view_number' },
						{ name: 'Number of Visits', value: 'visits_number' },
						{ name: 'Page Views of URLs', value: 'url_match_page_view_number' },
						{ name: 'Referrer URL', value: 'url_referrer' },
						{ name: 'Search Keyword', value: 'search_keyword' },
						{ name: 'Seconds on Page', value: 'visit_time_page' },
						{ name: 'Seconds on Site', value: 'visit_time_site' },
						{ name: 'URL Funnel', value: 'url_funnel' },
						{ name: 'Visited Page URL', value: 'url_visited' },
					],
					default: 'visit_time_site',
				},
				{
					displayName: 'Operator',
					name: 'operator',
					type: 'options',
					options: operatorOptions,
					default: 'greater_than',
					displayOptions: { show: { type: VALUE_RULES } },
				},
				{
					displayName: 'Session Field',
					name: 'sessionField',
					type: 'string',
					default: '',
					placeholder: 'e.g. plan',
					description:
						'For ads traffic: microsoft, facebook, google, twitter or yahoo; else the name of the custom variable',
					displayOptions: { show: { type: SESSION_FIELD_RULES } },
				},
				{
					displayName: 'Session Value',
					name: 'sessionValue',
					type: 'string',
					default: '',
					displayOptions: { show: { type: SESSION_FIELD_RULES } },
				},
				{
					displayName: 'URL Operator',
					name: 'urlOperator',
					type: 'options',
					options: operatorOptions,
					default: 'contains',
					description: 'How each URL is compared with the pages the visitor viewed',
					displayOptions: { show: { type: URL_LIST_RULES } },
				},
				{
					displayName: 'URLs',
					name: 'urls',
					type: 'string',
					default: '',
					placeholder: 'e.g. /pricing, /checkout',
					description: 'One to ten URLs, separated by commas',
					displayOptions: { show: { type: URL_LIST_RULES } },
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. 30',
					description: 'What to compare with; seconds are 0 to 900',
					displayOptions: { show: { type: VALUE_RULES } },
				},
			],
		},
	],
};

export const messageField: INodeProperties = {
	displayName: 'Message',
	name: 'message',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	placeholder: 'e.g. Need help choosing a plan?',
	description: 'What the greeting says to the visitor',
};

/** The optional fields create_greeting and update_greeting share. */
export const greetingFieldOptions: INodeProperties[] = [
	{
		displayName: 'Active From',
		name: 'activeFrom',
		type: 'dateTime',
		default: '',
		description: "When the greeting starts being shown (in the workflow's time zone)",
	},
	{
		displayName: 'Active Until',
		name: 'activeUntil',
		type: 'dateTime',
		default: '',
		description: "When the greeting stops being shown (in the workflow's time zone)",
	},
	{
		displayName: 'Exit Intent',
		name: 'exitIntent',
		type: 'boolean',
		default: false,
		description: 'Whether to show the greeting when the visitor is about to leave the page',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Announcement', value: 'announcement' },
			{ name: 'Normal', value: 'normal' },
		],
		default: 'normal',
	},
];
