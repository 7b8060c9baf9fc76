// Model middleware: a step's tool calls reach the tools only once the model has sent all of them, so the turn can judge
// the step as a whole (several deletions wait for the user's yes) before the first call runs.
import type { LanguageModelMiddleware } from 'ai';

type WrapStream = NonNullable<LanguageModelMiddleware['wrapStream']>;
type StreamResult = Awaited<ReturnType<Parameters<WrapStream>[0]['doStream']>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;

/** `onStep` gets the names of the tools the step calls, before any of them runs. */
export function wholeSteps(onStep: (toolNames: string[]) => void): LanguageModelMiddleware {
  return {
    specificationVersion: 'v3',
    wrapStream: async ({ doStream }) => {
      const { stream, ...rest } = await doStream();
      const calls: StreamPart[] = [];
      const release = (controller: TransformStreamDefaultController<StreamPart>) => {
        if (calls.length === 0) return;
        onStep(calls.map((part) => (part.type === 'tool-call' ? part.toolName : '')));
        for (const part of calls.splice(0)) controller.enqueue(part);
      };
      const gate = new TransformStream<StreamPart, StreamPart>({
        transform(part, controller) {
          if (part.type === 'tool-call') return void calls.push(part);
          if (part.type === 'finish') release(controller);
          controller.enqueue(part);
        },
        flush: release,
      });
      return { ...rest, stream: stream.pipeThrough(gate) };
    },
  };
}
