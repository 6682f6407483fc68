using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// The whole pipeline, gazetteer included, on text made of the words its rules look for, shuffled
/// with characters from other scripts: it must never throw, and every layer must point inside the
/// text. (Digits of another script once failed whole articles in the date patterns.)
/// </summary>
public sealed class WordSaladTests
{
    private static readonly string[] s_words =
    [
        "Syrian", "Russian", "warplanes", "the army", "rebels", "Takfiri terrorists", "al-Nusra", "IS", "Hezbollah", "he", "they",
        "shelled", "bombed", "were bombed by", "killed", "at least", "dozens", "Seventy-six", "70", "said", "claimed", "denied",
        "will", "to launch", "not", "condemned", "the bombing of", "according to", "in", "near", "Aleppo", "Azaz", "Damascus",
        "Khan", "province", "on", "Sunday", "last weekend", "in December", "5 May", "May 5, 2016", "2015", "12.05.2016",
        "“", "”", "\"", "'", ",", ".", ":", "—", "(", ")", "\n\n", " ",
        "١٢", "٢٠١٦", "５", "۳", "\u00a0", "\u200b", "\u200f", "\u0301", "😀", "𝟙", "\uFEFF", "İ", "ß", "Ⅻ", "½", "²",
    ];

    [Fact]
    public void Shuffled_news_words_and_foreign_characters_never_fail_the_pipeline()
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        var random = new Random(412);
        for (int round = 0; round < 1_500; round++)
        {
            var body = new System.Text.StringBuilder();
            int words = random.Next(1, 80);
            for (int i = 0; i < words; i++)
                body.Append(s_words[random.Next(s_words.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            var article = ArticleText.Compose("salad-" + round, "Report", body.ToString());

            var options = new AnalysisOptions { PublishedOverride = random.Next(3) == 0 ? null : new DateOnly(2016, 5, 9) };
            var analysed = pipeline.Process(article, options);

            int length = analysed.Text.Length;
            bool Inside(Sitrep.Text.TextSpan s) => s.Start >= 0 && s.End <= length && s.Start <= s.End;
            Assert.All(analysed.Events, e => Assert.True(Inside(e.Span) && Inside(e.Sentence), body.ToString()));
            Assert.All(analysed.Dates, d => Assert.True(Inside(d.Span), body.ToString()));
            Assert.All(analysed.Places, p => Assert.True(Inside(p.Span), body.ToString()));
            Assert.All(analysed.Actors, a => Assert.True(Inside(a.Span), body.ToString()));
        }
    }
}
