export { startPipeline, REPO_ROOT, SCALABLE_APPS, type PipelineApp, type ScalableApp, type RunningPipeline, type PipelineUrls, type PipelineProcess, type StartPipelineOptions } from './pipeline';
