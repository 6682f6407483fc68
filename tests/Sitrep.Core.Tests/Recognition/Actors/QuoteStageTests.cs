using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Tests.Recognition.Actors;

public sealed class QuoteStageTests
{
    private static Article Analyze(string body)
    {
        using var dir = new TempDir();
        return SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build().Process(ArticleText.Compose("t", "Report", body));
    }

    [Fact]
    public void A_quote_before_its_speaker_is_attributed_to_the_actor_after_it()
    {
        var article = Analyze("“Our units hold every block of Azaz,” the army said on Sunday.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("Our units hold every block of Azaz,", "SYRMIL", "said"), (quote.Text, quote.Speaker!.Code, quote.Cue));
        Assert.Equal(quote.Text, article[quote.Span]);
    }

    [Fact]
    public void An_unknown_speaker_after_the_quote_is_left_open_not_taken_from_the_next_sentence()
    {
        var article = Analyze("“We asked for the raids to resume,” Rudsky said. The army of Turkey stayed out.");

        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_long_speaker_after_said_is_attributed_whole()
    {
        var article = Analyze("“We will not leave Azaz to them,” said Turkish foreign ministry spokesman Omer Celik on Monday.");

        Assert.Equal("TURGOV", Assert.Single(article.Quotes).Speaker?.Code);
    }

    [Fact]
    public void A_quote_after_its_speaker_and_a_pronoun_speaker_are_attributed()
    {
        var article = Analyze("Syrian Foreign Minister Walid al-Muallem said: “There will be no talks under fire.” Later “we will not retreat from Azaz,” he added.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("Walid al-Muallem", q.Speaker?.Person));
        Assert.Equal("he", article.Quotes[1].SpeakerText);
    }

    [Fact]
    public void Short_scare_quotes_are_not_speech()
    {
        var article = Analyze("Warplanes struck “terrorist positions” near Azaz.");

        Assert.Empty(article.Quotes);
    }
}
