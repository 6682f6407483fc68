using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_reach_the_consumer_in_input_order_on_the_calling_thread(int workers)
    {
        int caller = Environment.CurrentManagedThreadId;
        var consumed = new List<(int Item, int Result)>();
        var consumerThreads = new HashSet<int>();

        // Uneven work, so later items often finish before earlier ones.
        OrderedParallel.Run(Enumerable.Range(0, 1_000), i =>
        {
            if (i % 7 == 0)
                Thread.SpinWait(20_000);
            return i * 3;
        }, (i, r) =>
        {
            consumed.Add((i, r));
            consumerThreads.Add(Environment.CurrentManagedThreadId);
        }, workers);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => (i, i * 3)), consumed);
        Assert.Equal([caller], consumerThreads);
    }

    [Fact]
    public void With_several_workers_the_work_runs_while_the_consumer_is_busy()
    {
        // The consumer waits on the first item until work on a later batch has started: a
        // run that works and consumes strictly in turn would never get there, and time out.
        using var laterWorkStarted = new ManualResetEventSlim();
        bool overlapped = false;
        OrderedParallel.Run(Enumerable.Range(0, 200), i =>
        {
            if (i >= 32)
                laterWorkStarted.Set();
            return i;
        }, (i, _) =>
        {
            if (i == 0)
                overlapped = laterWorkStarted.Wait(TimeSpan.FromSeconds(10));
        }, workers: 2, batchPerWorker: 16);

        Assert.True(overlapped);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void At_most_two_batches_are_held_at_once_and_each_is_consumed_in_its_own_scope(int workers)
    {
        int read = 0, consumed = 0, mostHeld = 0, scopes = 0, open = 0;
        var items = Enumerable.Range(0, 1_000).Select(i =>
        {
            Interlocked.Increment(ref read);
            mostHeld = Math.Max(mostHeld, Volatile.Read(ref read) - Volatile.Read(ref consumed));
            return i;
        });

        OrderedParallel.Run(items, i => i, (_, _) =>
        {
            Assert.Equal(1, open);
            Interlocked.Increment(ref consumed);
        }, workers, batchPerWorker: 10, consumeScope: () =>
        {
            scopes++;
            open++;
            return new Scope(() => open--);
        });

        int batch = workers * 10;
        Assert.Equal(1_000, consumed);
        Assert.Equal((1_000 + batch - 1) / batch, scopes);
        Assert.Equal(0, open);
        Assert.InRange(mostHeld, 1, 2 * batch);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_scope_spans_batches_until_enough_items_went_through_and_the_last_one_closes_at_the_end(int workers)
    {
        var scopeSizes = new List<int>();
        int inScope = 0, open = 0;
        OrderedParallel.Run(Enumerable.Range(0, 1_000), i => i, (_, _) =>
        {
            Assert.Equal(1, open);
            inScope++;
        }, workers, batchPerWorker: 10, consumeScope: () =>
        {
            open++;
            return new Scope(() =>
            {
                open--;
                scopeSizes.Add(inScope);
                inScope = 0;
            });
        }, itemsPerScope: 256);

        // Whole batches (10 per worker) until 256 are reached, then the rest at the end.
        int batch = workers * 10;
        int perScope = (256 + batch - 1) / batch * batch;
        Assert.Equal(0, open);
        Assert.Equal(1_000, scopeSizes.Sum());
        Assert.All(scopeSizes[..^1], size => Assert.Equal(perScope, size));
        Assert.InRange(scopeSizes[^1], 1, perScope);
    }

    [Fact]
    public void A_consumer_that_throws_still_closes_its_scope()
    {
        int open = 0, closed = 0;
        Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(Enumerable.Range(0, 100), i => i, (i, _) =>
        {
            if (i == 30)
                throw new InvalidOperationException("disk full");
        }, workers: 2, batchPerWorker: 4, consumeScope: () =>
        {
            open++;
            return new Scope(() => closed++);
        }, itemsPerScope: 1_000));

        Assert.Equal((1, 1), (open, closed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failure_in_the_work_reaches_the_caller_and_nothing_after_its_batch_is_consumed(int workers)
    {
        var consumed = new List<int>();
        var thrown = Assert.ThrowsAny<Exception>(() => OrderedParallel.Run(Enumerable.Range(0, 500), i =>
            i == 250 ? throw new InvalidOperationException("bad item 250") : i, (i, _) => consumed.Add(i), workers, batchPerWorker: 10));

        var failure = thrown is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.Single() : thrown;
        Assert.Equal("bad item 250", failure.Message);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
        Assert.InRange(consumed.Count, 0, 250); // whole batches before the failing one, at most
    }

    [Fact]
    public void A_failing_consumer_stops_the_run_and_leaves_no_work_running()
    {
        int working = 0;
        Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(Enumerable.Range(0, 10_000), i =>
        {
            Interlocked.Increment(ref working);
            Thread.SpinWait(1_000);
            Interlocked.Decrement(ref working);
            return i;
        }, (i, _) =>
        {
            if (i == 40)
                throw new InvalidOperationException("disk full");
        }, workers: 2, batchPerWorker: 16));

        Assert.Equal(0, Volatile.Read(ref working));
    }

    private sealed class Scope(Action close) : IDisposable
    {
        public void Dispose() => close();
    }
}
