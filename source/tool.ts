import packageJson from '../package.json' with {type: 'json'};

/** The tool's name and version, as reports and the support bundle state them. */
export const tool = {name: packageJson.name, version: packageJson.version};
