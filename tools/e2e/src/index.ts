export { startPipeline, REPO_ROOT, type RunningPipeline, type PipelineUrls, type PipelineProcess, type StartPipelineOptions } from './pipeline';
