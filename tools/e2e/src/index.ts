export { startPipeline, type RunningPipeline, type PipelineUrls, type PipelineProcess, type StartPipelineOptions } from './pipeline';
