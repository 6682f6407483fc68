using Sitrep.Model;
using Sitrep.Pipeline;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Which date expression dates an event, and which event dates the article.</summary>
public sealed class EventDateTests
{
    [Fact]
    public void A_date_after_a_verb_of_saying_dates_the_saying_not_the_event()
    {
        var e = Single(Analyze("A monitoring group said on Saturday that troops shelled Azaz last week."), "shelled");

        Assert.Equal(("last week", DatePrecision.Week), (e.DateText, e.Date!.Value.Precision));
    }

    [Fact]
    public void A_date_after_a_verb_of_saying_still_dates_an_event_with_no_other_date()
    {
        var e = Single(Analyze("Troops shelled Azaz, a monitoring group said on Saturday."), "shelled");

        Assert.Equal(("Saturday", "2016-05-07"), (e.DateText, e.Date.ToString()));
    }

    [Fact]
    public void The_dateline_dates_the_report_not_the_events_beside_it()
    {
        var article = Analyze("Monday 9 May 2016 Troops shelled rebels in Azaz.", new AnalysisOptions());
        var e = Single(article, "shelled");

        Assert.Equal("2016-05-09", article.Published!.Value.ToString());
        Assert.Null(e.DateText);
        Assert.Equal("2016-05-09", e.Date.ToString());
    }

    [Fact]
    public void The_focus_date_is_the_lede_event_day_when_it_is_recent()
    {
        var article = Analyze("Monday 9 May 2016 Troops shelled rebels in Azaz on Saturday.", new AnalysisOptions());

        Assert.Equal("2016-05-07", article.FocusDate.ToString());
    }

    [Fact]
    public void A_date_in_the_second_sentence_does_not_date_the_article()
    {
        var article = Analyze("Monday 9 May 2016 Rebels in Azaz came under heavy fire, a monitor said. Troops shelled the town on Saturday before dawn.", new AnalysisOptions());

        Assert.Contains(article.Events, e => e.Trigger == "shelled" && e.DateText == "Saturday");
        Assert.Equal("2016-05-09", article.FocusDate.ToString());
    }

    [Fact]
    public void A_lede_date_weeks_before_publication_is_background_not_the_focus()
    {
        var article = Analyze("Monday 9 May 2016 Rebels said they seized the checkpoint near Azaz on 2 March 2016.", new AnalysisOptions());

        Assert.Equal("2016-05-09", article.FocusDate.ToString());
    }

    [Fact]
    public void A_date_in_a_later_relative_clause_about_another_act_does_not_date_this_one()
    {
        var article = Analyze("Fierce air strikes from Turkey hit rebel positions near Azaz, which had launched its own offensive in 2014.");

        Assert.Equal("2016-05-09", Single(article, "air strikes").Date.ToString());
    }

    [Fact]
    public void A_relative_clause_telling_of_the_act_itself_still_dates_it()
    {
        var article = Analyze("The bombing in Azaz, which killed 12 on Sunday, drew condemnation from Ankara.");

        Assert.Equal("2016-05-08", Single(article, "bombing").Date.ToString());
    }
}
