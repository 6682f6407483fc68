namespace Sitrep.Pipeline;

/// <summary>
/// Runs a pure function over a stream on several cores and hands the results back in input order:
/// read → work in parallel → consume in order. Items are taken in bounded batches, so memory stays
/// flat on any input size, and the consumer (a store, a writer) runs on the calling thread alone —
/// output is identical to a single-threaded run.
/// </summary>
public static class OrderedParallel
{
    /// <param name="consumeScope">
    /// Opened before results are consumed and disposed after at least <paramref name="itemsPerScope"/>
    /// of them (at least one batch, and always at the end, even when consuming throws): e.g. one
    /// store transaction for every few hundred articles.
    /// </param>
    /// <remarks>
    /// With several workers the stages overlap: the calling thread reads the next batch while the
    /// workers work on the current one, and consumes the current one while they work on the next
    /// (otherwise the cores sat idle while the store's single writer wrote). At most two batches
    /// are in memory. One worker runs everything on the calling thread, one stage after the other.
    /// </remarks>
    public static void Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TIn, TOut> consume, int workers, int batchPerWorker = 16,
        Func<IDisposable>? consumeScope = null, int itemsPerScope = 0)
    {
        workers = Math.Max(1, workers);
        int batchSize = workers * batchPerWorker;
        using var items = source.GetEnumerator();
        using var scope = new ScopeWindow(consumeScope, itemsPerScope);

        if (workers == 1)
        {
            var batch = new List<TIn>(batchSize);
            var results = new TOut[batchSize];
            while (Take(items, batch, batchSize))
            {
                for (int i = 0; i < batch.Count; i++)
                    results[i] = work(batch[i]);
                Consume(batch, results, consume, scope);
            }
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        Task<TOut[]> Start(List<TIn> batch) => Task.Run(() =>
        {
            var results = new TOut[batch.Count];
            Parallel.For(0, batch.Count, options, i => results[i] = work(batch[i]));
            return results;
        });

        var current = new List<TIn>(batchSize);
        if (!Take(items, current, batchSize))
            return;
        Task<TOut[]> working = Start(current);
        try
        {
            while (true)
            {
                // Read the next batch while the current one is worked on, then start it before consuming the current.
                var next = new List<TIn>(batchSize);
                bool more = Take(items, next, batchSize);
                TOut[] results = working.GetAwaiter().GetResult();
                working = more ? Start(next) : Task.FromResult(Array.Empty<TOut>());
                Consume(current, results, consume, scope);
                if (!more)
                    return;
                current = next;
            }
        }
        finally
        {
            // A consumer or reader that threw leaves no work running behind the caller's back.
            try
            {
                working.Wait();
            }
            catch (AggregateException)
            {
                // The first failure is already propagating.
            }
        }
    }

    private static bool Take<TIn>(IEnumerator<TIn> items, List<TIn> batch, int batchSize)
    {
        batch.Clear();
        while (batch.Count < batchSize && items.MoveNext())
            batch.Add(items.Current);
        return batch.Count > 0;
    }

    private static void Consume<TIn, TOut>(List<TIn> batch, TOut[] results, Action<TIn, TOut> consume, ScopeWindow scope)
    {
        scope.Enter();
        for (int i = 0; i < batch.Count; i++)
        {
            consume(batch[i], results[i]);
            results[i] = default!;
        }
        scope.Consumed(batch.Count);
    }

    /// <summary>The consume scope held open across batches until enough items went through it.</summary>
    private sealed class ScopeWindow(Func<IDisposable>? open, int itemsPerScope) : IDisposable
    {
        private IDisposable? _current;
        private int _items;

        public void Enter() => _current ??= open?.Invoke();

        public void Consumed(int count)
        {
            _items += count;
            if (_items >= itemsPerScope)
                Dispose();
        }

        public void Dispose()
        {
            var current = _current;
            _current = null;
            _items = 0;
            current?.Dispose();
        }
    }
}
