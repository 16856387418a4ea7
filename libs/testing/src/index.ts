export { uniqueName, testBrokers, testKafka, createTopics, readTopic, committedOffsets, endOffsets, type ReadRecord } from './kafka';
export { pollUntil } from './poll';
export { startScript, REPO_ROOT, type TestProcess } from './processes';
export { previousFormatRecords, type FixtureRecord } from './previous-format';
export { createTestPki, type TestPki, type TestCertificate, type IssueOptions } from './pki';
