// Jest 29 (not the SPFx toolchain's jest 25): unit tests in jsdom, integration tests in Node against the emulator.
const swc = ['@swc/jest', {
  jsc: { parser: { syntax: 'typescript', tsx: true, decorators: true }, transform: { react: { runtime: 'classic' } }, target: 'es2020' },
  module: { type: 'commonjs' }
}];
// SPFx's toolchain hoists jest 25's environments to the top of node_modules; resolve jest 29's own.
const fromJest = (name) => require.resolve(name, { paths: [require.resolve('jest')] });
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // PnPjs v4 and d3 (under Fluent UI's charts) ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|@fluentui/react/lib-commonjs|d3-[a-z]+|internmap)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/tests/setup/fileMock.js',
    // src/loc/<feature>/<locale>.js, one module per feature (config/config.json localizedResources).
    '^HelpCenter(Common|Setup|HelpBar|TicketForm|MyTickets|Desk|DeskTicket|Knowledge|ArticleEditor|Authoring|Experts|Ideas|Home|Reports|ConfigCategories|ConfigTeams|ConfigMails|ConfigAnnouncements|ConfigSettings)Strings$': '<rootDir>/tests/setup/loc/$1.js'
  }
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: require.resolve('jest-environment-jsdom'), testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'], setupFilesAfterEnv: ['<rootDir>/tests/setup/unit.ts'] },
    { ...common, displayName: 'integration', testEnvironment: fromJest('jest-environment-node'), testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/setup/integration.ts'] }
  ],
  testTimeout: 60000,
  // Jest's default leaves a core to its parent process: on CI's two cores that is one worker. Every core runs tests.
  maxWorkers: '100%'
};
