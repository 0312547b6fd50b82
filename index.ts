// n8n loads the nodes and credentials listed in package.json; this entry point only exports the
// LiveChat payload types for users' own code (e.g. a Code node written in TypeScript elsewhere).
export * from './nodes/LiveChat/types/livechat';
