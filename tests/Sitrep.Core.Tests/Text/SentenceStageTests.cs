using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class SentenceStageTests
{
    private static string[] Sentences(string body, string? title = null)
    {
        var article = ArticleText.Compose("t", title, body);
        SitrepPipeline.WithoutGazetteer.Process(article);
        return article.Sentences.Select(s => article[s]).ToArray();
    }

    [Theory]
    [InlineData("The U.S. envoy arrived. He met the minister.", new[] { "The U.S. envoy arrived.", "He met the minister." })]
    [InlineData("Troops left the U.S. The talks stalled.", new[] { "Troops left the U.S.", "The talks stalled." })]
    [InlineData("U.S. President Obama spoke on Monday.", new[] { "U.S. President Obama spoke on Monday." })]
    [InlineData("Lt. Col. Karim Haddad led the unit. It advanced.", new[] { "Lt. Col. Karim Haddad led the unit.", "It advanced." })]
    [InlineData("The truce began on Jan. 5 in the north. It held.", new[] { "The truce began on Jan. 5 in the north.", "It held." })]
    [InlineData("Talks were held by Dr. Nadia Saleh and Gen. Omar Aziz.", new[] { "Talks were held by Dr. Nadia Saleh and Gen. Omar Aziz." })]
    [InlineData("Shells hit the town of Maarat al-Numan. 3.5 tonnes of aid arrived.", new[] { "Shells hit the town of Maarat al-Numan.", "3.5 tonnes of aid arrived." })]
    [InlineData("Was it a strike? Nobody knows! The army is silent.", new[] { "Was it a strike?", "Nobody knows!", "The army is silent." })]
    [InlineData("George W. Bush visited Iraq.", new[] { "George W. Bush visited Iraq." })]
    [InlineData("They waited... Then the shelling began.", new[] { "They waited...", "Then the shelling began." })]
    public void Splits_at_sentence_ends_but_not_after_abbreviations(string body, string[] expected) =>
        Assert.Equal(expected, Sentences(body));

    [Fact]
    public void A_closing_quote_stays_with_its_sentence_and_attribution_continues_it()
    {
        string body = "“We will hold the line. The town is ours,” the commander said. Rebels disputed it.";

        Assert.Equal(
            ["“We will hold the line.", "The town is ours,” the commander said.", "Rebels disputed it."],
            Sentences(body));
    }

    [Fact]
    public void A_quoted_full_sentence_keeps_its_closing_quote()
    {
        string body = "The spokesman said: “Our forces are advancing.” Residents fled the area.";

        Assert.Equal(["The spokesman said: “Our forces are advancing.”", "Residents fled the area."], Sentences(body));
    }

    [Fact]
    public void The_title_is_a_sentence_of_its_own_even_without_a_period()
    {
        string[] sentences = Sentences("Clashes resumed. Two died.", title: "Fighting flares near Hama");

        Assert.Equal(["Fighting flares near Hama", "Clashes resumed.", "Two died."], sentences);
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        string[] sentences = Sentences("First paragraph without a stop\n\nSecond paragraph.");

        Assert.Equal(["First paragraph without a stop", "Second paragraph."], sentences);
    }

    [Fact]
    public void Text_without_punctuation_stays_one_sentence_per_paragraph()
    {
        // Scraped corpora often lose commas and apostrophes; nothing must break.
        string body = "Government forces say they still hold the key blocks of the town dont they";

        Assert.Equal([body], Sentences(body));
    }
}
