using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Model;

/// <summary>The layers are kept in text order, and the range queries rules use answer as a scan of the whole layer would.</summary>
public sealed class ArticleLayerQueryTests
{
    private static ActorMention Actor(int start, int end, string code = "SYRMIL") =>
        new(new TextSpan(start, end), "x", code, "SYR", "MIL", null, null, null, "test");

    private static DateMention Date(int start, int end) => new(new TextSpan(start, end), "x", DateValue.Day(new DateOnly(2016, 5, 9)), "test");

    [Fact]
    public void A_layer_given_out_of_order_is_sorted_by_start_keeping_ties_in_their_order()
    {
        var article = new Article("t", new string('x', 100), null, 0);
        var tie1 = Actor(10, 20, "A");
        var tie2 = Actor(10, 14, "B");

        article.Actors = [Actor(50, 60), tie1, tie2, Actor(0, 5)];

        Assert.Equal([0, 10, 10, 50], article.Actors.Select(a => a.Span.Start));
        Assert.Same(tie1, article.Actors[1]);
        Assert.Same(tie2, article.Actors[2]);
    }

    [Fact]
    public void Range_queries_agree_with_a_scan_of_the_whole_layer()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var article = new Article("t", new string('x', 300), null, 0);
            // Random spans, nested and overlapping ones included, as actors inside actors are.
            var actors = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(0, 280)).Select(s => Actor(s, s + random.Next(1, 40))).ToList();
            var dates = Enumerable.Range(0, random.Next(0, 10)).Select(_ => random.Next(0, 290)).Select(s => Date(s, s + random.Next(1, 10))).ToList();
            article.Actors = actors;
            article.Dates = dates;
            for (int q = 0; q < 20; q++)
            {
                int start = random.Next(0, 300);
                var span = new TextSpan(start, random.Next(start, 301));
                Assert.Equal(article.Actors.Where(a => span.Contains(a.Span)), article.ActorsWithin(span));
                Assert.Equal(article.Dates.Where(d => span.Contains(d.Span)), article.DatesWithin(span));
                Assert.Equal(article.Actors.Any(a => a.Span.Overlaps(span)), article.AnyActorOverlaps(span));
            }
        }
    }
}
