using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class CeasefireTests
{
    [Fact]
    public void A_ceasefire_is_coded_only_when_agreed()
    {
        var article = Analyze("Damascus and Ankara agreed a ceasefire in Azaz. The ceasefire atmosphere was tense.");

        Assert.Equal("057", Single(article, "agreed").Cameo);
        Assert.Single(article.Events);
    }

    [Fact]
    public void A_truce_one_side_declares_is_a_declared_ceasefire()
    {
        var e = Single(Analyze("The Turkish army declared a 48-hour truce in Azaz on Monday."), "truce");

        Assert.Equal("0871", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }
}
