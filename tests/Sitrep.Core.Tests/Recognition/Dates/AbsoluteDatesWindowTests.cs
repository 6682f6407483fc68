using Sitrep.Evaluation;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

/// <summary>
/// The date scanner runs its patterns only in windows around digits. These tests hold it to
/// exactly what one scan over the whole range finds, on text built to stress the windows' edges
/// and on real articles.
/// </summary>
public sealed class AbsoluteDatesWindowTests
{
    private static readonly AbsoluteDates s_dates = AbsoluteDates.Default;

    // Resolves a yearless "5 May" to a year that depends on where it is, so a wrong offset shows.
    private static int? Year(int month, int day, int offset) => offset % 3 == 0 ? null : 2000 + offset % 17;

    private static void AssertSameAsWholeScan(string text, int start, int end)
    {
        var windowed = s_dates.Scan(text, start, end, Year);
        var whole = s_dates.ScanWhole(text, start, end, Year);
        Assert.True(whole.SequenceEqual(windowed),
            $"windowed scan differs on [{start}, {end}) of: {text}\nwhole:    {string.Join("; ", whole)}\nwindowed: {string.Join("; ", windowed)}");
    }

    private static readonly string[] s_pieces =
    [
        "Wednesday", "Wed.", "Thu", "September", "Sept.", "Jan.", "May", "march", "MAY", "of", "the", "on", "since",
        "5", "05", "12th", "31", "29", "2016", "1999", "20", "201", "20161", "12.05.2016", "5/12/2016", "2016-05-09", "24-08-2013",
        "Apr", "232017", "٢٠١٦", ",", ".", "-", "/", " ", "  ", "\n", "\t", "\u00a0", "   \n\n   ", "killed", "al-Nusra", "x",
    ];

    [Fact]
    public void Windows_find_exactly_what_a_whole_scan_finds_on_generated_text()
    {
        var random = new Random(20261202);
        for (int round = 0; round < 3_000; round++)
        {
            var text = new System.Text.StringBuilder();
            int pieces = random.Next(1, 60);
            for (int i = 0; i < pieces; i++)
            {
                text.Append(s_pieces[random.Next(s_pieces.Length)]);
                // Long stretches without digits, so separate windows and gaps between them occur.
                if (random.Next(8) == 0)
                    text.Append(' ', random.Next(1, 300));
                else if (random.Next(2) == 0)
                    text.Append(' ');
            }
            string s = text.ToString();
            AssertSameAsWholeScan(s, 0, s.Length);
            int a = random.Next(s.Length + 1), b = random.Next(s.Length + 1);
            AssertSameAsWholeScan(s, Math.Min(a, b), Math.Max(a, b));
        }
    }

    [Theory]
    [InlineData("Wednesday,                                                                                                   September 30th,                                                     2015")]
    [InlineData("12                                                                                                                                                    May")]
    [InlineData("On 5 May 2016 and then, after a long paragraph with no numbers in it at all, nothing else happened until Sunday 8 May.")]
    [InlineData("2016")]
    [InlineData("")]
    public void Windows_find_exactly_what_a_whole_scan_finds_on_edge_cases(string text) => AssertSameAsWholeScan(text, 0, text.Length);

    [Fact]
    public void Windows_find_exactly_what_a_whole_scan_finds_on_the_fakes_articles()
    {
        foreach (var row in FakesCorpus.Read(TestPaths.SharedFile("corpora/fa-kes/dev.csv")))
        {
            string text = row.Title + "\n\n" + row.Content;
            AssertSameAsWholeScan(text, 0, text.Length);
            AssertSameAsWholeScan(text, 0, Math.Min(text.Length, DatelineFinder.Window));
        }
    }
}
