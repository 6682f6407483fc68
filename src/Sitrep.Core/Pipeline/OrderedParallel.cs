namespace Sitrep.Pipeline;

/// <summary>
/// Runs a pure function over a stream on several cores and hands the results back in input order:
/// read → work in parallel → consume in order. Items are taken in bounded batches, so memory stays
/// flat on any input size, and the consumer (a store, a writer) runs on the calling thread alone —
/// output is identical to a single-threaded run.
/// </summary>
public static class OrderedParallel
{
    /// <param name="consumeScope">Opened before a batch's results are consumed and disposed after (e.g. one store transaction per batch).</param>
    public static void Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TIn, TOut> consume, int workers, int batchPerWorker = 16,
        Func<IDisposable>? consumeScope = null)
    {
        workers = Math.Max(1, workers);
        int batchSize = workers * batchPerWorker;
        var batch = new List<TIn>(batchSize);
        var results = new TOut[batchSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        foreach (var item in source)
        {
            batch.Add(item);
            if (batch.Count == batchSize)
                Flush();
        }
        Flush();

        void Flush()
        {
            if (batch.Count == 0)
                return;
            if (workers == 1)
            {
                for (int i = 0; i < batch.Count; i++)
                    results[i] = work(batch[i]);
            }
            else
            {
                Parallel.For(0, batch.Count, options, i => results[i] = work(batch[i]));
            }
            using (consumeScope?.Invoke())
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    consume(batch[i], results[i]);
                    results[i] = default!;
                }
            }
            batch.Clear();
        }
    }
}
