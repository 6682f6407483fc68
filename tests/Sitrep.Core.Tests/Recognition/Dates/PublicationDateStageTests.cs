using Sitrep.Model;
using static Sitrep.Tests.Recognition.Dates.DateTestKit;

namespace Sitrep.Tests.Recognition.Dates;

public sealed class PublicationDateStageTests
{
    // Datelines in the shapes scraped news copy carries them; sentences are our own.
    [Theory]
    [InlineData("Wed 05 Apr 2017 Shelling hit the market.", "2017-04-05", "Wed 05 Apr 2017")]
    [InlineData("Wednesday 10 Aug 2016 Rockets hit the old city.", "2016-08-10", "Wednesday 10 Aug 2016")]
    [InlineData("Saturday 23 April 2016 The coalition said the talks failed.", "2016-04-23", "Saturday 23 April 2016")]
    [InlineData("Friday 21 November 2014 10:13 Raids killed ten.", "2014-11-21", "Friday 21 November 2014")]
    [InlineData("12 February 2015 Casualties rose in the suburb.", "2015-02-12", "12 February 2015")]
    [InlineData("April 5 2017 A strike hit the town.", "2017-04-05", "April 5 2017")]
    [InlineData("Published February 18 2015 Fighting continued.", "2015-02-18", "February 18 2015")]
    [InlineData("Posted on April 4 2017 by Staff A convoy was hit.", "2017-04-04", "April 4 2017")]
    [InlineData("29 Jul 2016 A truck bomb exploded.", "2016-07-29", "29 Jul 2016")]
    [InlineData("24.08.2013 State media accused the rebels.", "2013-08-24", "24.08.2013")]
    [InlineData("18.10.2014Get short URL Airstrikes killed ten.", "2014-10-18", "18.10.2014")]
    [InlineData("05-09-2013 A car bomb killed four.", "2013-09-05", "05-09-2013")]
    [InlineData("Fri Sep 27 2013 A bomb blast killed many.", "2013-09-27", "Fri Sep 27 2013")]
    [InlineData("Thu Aug 1 2013 A depot exploded.", "2013-08-01", "Thu Aug 1 2013")]
    [InlineData("August 22 2013 1849 UTC+3 Many fell victim.", "2013-08-22", "August 22 2013")]
    [InlineData("Last updated at Apr 232017 A bomb hit buses.", "2017-04-23", "Apr 232017")]
    [InlineData("Ten killed in rocket attacks on the city 6 October 2016 Aleppo SANA Shells fell.", "2016-10-06", "6 October 2016")]
    public void Finds_the_dateline(string body, string expected, string dateline)
    {
        var published = Analyze(body, published: null).Published!;

        Assert.Equal(expected, published.Value.ToString());
        Assert.Equal(DateOrigin.Dateline, published.Origin);
        Assert.Equal(dateline, published.Text);
    }

    [Fact]
    public void A_dateline_span_cuts_its_text()
    {
        var article = Analyze("Published February 18 2015 Fighting continued.", published: null);

        Assert.Equal(article.Published!.Text, article[article.Published.Span!.Value]);
    }

    [Theory]
    [InlineData("The war began on 15 March 2011 with protests.")]
    [InlineData("Since 15 March 2011 the country has bled.")]
    [InlineData("Fighting resumed on Sunday.")]
    public void History_and_relative_dates_are_not_datelines(string body) =>
        Assert.Null(Analyze(body, published: null).Published);

    [Fact]
    public void Metadata_beats_the_dateline_and_the_option_beats_both()
    {
        const string body = "12 February 2015 Casualties rose.";

        Assert.Equal(("2015-03-01", DateOrigin.Metadata), Describe(Analyze(body, null, metadata: "2015-03-01T10:00:00Z")));
        Assert.Equal(("2015-04-02", DateOrigin.Option), Describe(Analyze(body, "2015-04-02", metadata: "2015-03-01")));
        Assert.Equal(("2015-02-12", DateOrigin.Dateline), Describe(Analyze(body, null, metadata: "2015-03-01", datelineOnly: true)));

        static (string, DateOrigin) Describe(Article a) => (a.Published!.Value.ToString(), a.Published.Origin);
    }

    [Theory]
    [InlineData("Mon, 09 May 2016 14:00:00 GMT", "2016-05-09")]
    [InlineData("2016-05-09", "2016-05-09")]
    [InlineData("May 9, 2016", "2016-05-09")]
    [InlineData("9 May 2016", "2016-05-09")]
    [InlineData("5/9/2016", "2016-05-09")]
    [InlineData("2016-05", "2016-05")]
    public void Metadata_formats_are_read(string metadata, string expected) =>
        Assert.Equal(expected, Analyze("Body.", null, metadata: metadata).Published!.Value.ToString());
}
