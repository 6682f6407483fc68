using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class QuoteAfterSpeakerTests
{
    [Fact]
    public void An_event_quoted_after_its_speaker_is_claimed_by_the_speaker()
    {
        var e = Single(Analyze("Syrian Foreign Minister Walid al-Muallem said: “Rebels shelled Azaz all night.”"), "shelled");

        Assert.Equal(("194", Modality.Claimed), (e.Cameo, e.Modality));
        Assert.Equal(["SYRGOV"], Codes(e.ClaimedBy));
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }
    [Fact]
    public void A_speaker_named_by_an_unknown_name_and_a_role_and_then_by_he_is_the_role_s_actor()
    {
        var article = Analyze("Troops shelled Azaz. “We will hold the town,” said Abu Karim, a rebel commander. “The army is losing,” he added.");

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("SYRREB", q.Speaker?.Code));
    }

    [Fact]
    public void A_role_named_two_sentences_back_is_out_of_mind_for_he()
    {
        var article = Analyze("A rebel commander spoke in Azaz. Troops shelled the town. Later that day he said the army was losing.");

        Assert.DoesNotContain(article.Actors, a => a.Text == "he");
    }
}
