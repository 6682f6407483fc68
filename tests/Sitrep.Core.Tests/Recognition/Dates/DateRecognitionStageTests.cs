using Sitrep.Model;
using static Sitrep.Tests.Recognition.Dates.DateTestKit;

namespace Sitrep.Tests.Recognition.Dates;

public sealed class DateRecognitionStageTests
{
    // 2016-05-09 is a Monday.
    [Theory]
    [InlineData("The army said yesterday it had advanced.", "yesterday=2016-05-08/day")]
    [InlineData("The town fell last weekend.", "last weekend=2016-05-07/week")]
    [InlineData("Troops retook the town in December.", "December=2015-12/month")]
    [InlineData("A car bomb exploded on Sunday.", "Sunday=2016-05-08/day")]
    [InlineData("Talks resumed on Monday.", "Monday=2016-05-09/day")]
    [InlineData("Shelling resumed on Tuesday night.", "Tuesday night=2016-05-03/day")]
    [InlineData("Rebels were killed Saturday in an ambush.", "Saturday=2016-05-07/day")]
    [InlineData("Warplanes struck in the past hours.", "past hours=2016-05-09/day")]
    [InlineData("Over the past 24 hours, 12 died.", "past 24 hours=2016-05-09/day")]
    [InlineData("The siege began last year.", "last year=2015/year")]
    [InlineData("Aid arrived this week.", "this week=2016-05-09/week")]
    [InlineData("Clashes erupted last week.", "last week=2016-05-02/week")]
    [InlineData("The offensive started last month.", "last month=2016-04/month")]
    [InlineData("The deal collapsed two days ago.", "two days ago=2016-05-07/day")]
    [InlineData("The camp was shelled 3 weeks ago.", "3 weeks ago=2016-04-18/week")]
    [InlineData("The truce was signed on 27 February 2016.", "27 February 2016=2016-02-27/day")]
    [InlineData("The truce was signed on February 27, 2016.", "February 27, 2016=2016-02-27/day")]
    [InlineData("The convoy left on 2 May.", "2 May=2016-05-02/day")]
    [InlineData("The talks of 20 May collapsed.", "20 May=2015-05-20/day")]
    [InlineData("The war began in March 2011.", "March 2011=2011-03/month")]
    [InlineData("The group has held the city since 2014.", "2014=2014/year")]
    [InlineData("He was seen this morning.", "this morning=2016-05-09/day")]
    [InlineData("The monitor reported 24.08.2013 as the worst day.", "24.08.2013=2013-08-24/day")]
    [InlineData("Fighting has raged since mid-March.", "mid-March=2016-03/month")]
    [InlineData("Talks failed last December.", "last December=2015-12/month")]
    [InlineData("Rebels shelled the town on ١٢ May 2016.", "١٢ May 2016=2016-05-12/day")]
    [InlineData("The monitor counted the dead on ٠٣.٠٥.2016.", "٠٣.٠٥.2016=2016-05-03/day")]
    public void Resolves_against_the_publication_date(string body, string expected) =>
        Assert.Equal([expected], Found(body, "2016-05-09"));

    [Theory]
    [InlineData("More troops will be sent next week.", "next week=2016-05-16/week")]
    [InlineData("Elections will be held in December.", "December=2016-12/month")]
    [InlineData("The army will attack on Friday.", "Friday=2016-05-13/day")]
    [InlineData("A conference is scheduled for 2 May.", "2 May=2017-05-02/day")]
    [InlineData("The envoy will visit Damascus next month.", "next month=2016-06/month")]
    public void Future_clauses_resolve_forward(string body, string expected) =>
        Assert.Equal([expected], Found(body, "2016-05-09"));

    [Fact]
    public void Last_weekend_on_a_Sunday_is_the_weekend_before()
    {
        Assert.Equal(["last weekend=2016-04-30/week"], Found("It fell last weekend.", "2016-05-08"));
    }

    [Fact]
    public void A_month_equal_to_the_publication_month_is_that_month()
    {
        Assert.Equal(["May=2016-05/month"], Found("Fighting flared in May.", "2016-05-20"));
    }

    [Fact]
    public void A_day_month_after_publication_falls_in_the_previous_year()
    {
        Assert.Equal(["28 December=2015-12-28/day"], Found("The attack of 28 December killed six.", "2016-01-03"));
    }

    [Fact]
    public void The_29th_of_February_resolves_to_a_leap_year()
    {
        Assert.Equal(["29 February=2016-02-29/day"], Found("The raid on 29 February was denied.", "2017-01-10"));
    }

    [Theory]
    [InlineData("At least 70 people were killed.")]
    [InlineData("The strikes killed 2015 people, the monitor said.")]
    [InlineData("The refugees may return home.")]
    [InlineData("Troops march on the town.")]
    [InlineData("Some 20,000 fighters were moved.")]
    public void Numbers_and_verbs_are_not_dates(string body) =>
        Assert.Empty(Found(body, "2016-05-09"));

    [Fact]
    public void Without_a_publication_date_only_dates_with_a_year_are_kept()
    {
        var article = Analyze("Clashes on Sunday, after the truce of 27 February 2016 and talks in December.", published: null);

        Assert.Equal(["27 February 2016"], article.Dates.Select(d => d.Text));
    }

    [Fact]
    public void Every_date_span_cuts_its_text()
    {
        var article = Analyze("Yesterday, two days ago, last weekend, on Friday, since March 2011 and in December.", "2016-05-09");

        Assert.Equal(6, article.Dates.Count);
        Assert.All(article.Dates, d => Assert.Equal(d.Text, article[d.Span]));
    }
}
