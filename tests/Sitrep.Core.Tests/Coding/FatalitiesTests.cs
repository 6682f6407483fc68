using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class FatalitiesTests
{
    [Fact]
    public void A_killing_adds_its_toll_to_the_attack_of_its_sentence()
    {
        var article = Analyze("A suicide bombing killed 16 people in Azaz. Seventy-six fighters were killed in clashes near Azaz.");

        var bombing = Single(article, "suicide bombing");
        Assert.Equal(("1831", 16), (bombing.Cameo, bombing.Fatalities));
        Assert.Equal(76, Single(article, "clashes").Fatalities);
        Assert.DoesNotContain(article.Events, e => e.Trigger == "killed");
    }

    [Theory]
    [InlineData("A soldier was killed in a rocket attack on Azaz that left three others wounded.", "rocket", 1)]
    [InlineData("A guard was killed and four more were hurt when rockets hit Azaz.", "rockets", 1)]
    [InlineData("A boy was killed by a sniper in Azaz on Sunday.", "sniper", 1)]
    [InlineData("Two soldiers were killed and nine others were wounded in a blast in Azaz.", "blast", 2)]
    [InlineData("A rebel commander was killed along with his guards in an air strike on Azaz.", "air strike", null)]
    [InlineData("Shells killed at least five in Azaz.", "Shells", 5)]
    public void A_number_after_a_passive_killing_counts_others_and_a_singular_passive_is_one_death(string sentence, string trigger, int? toll)
    {
        Assert.Equal(toll, Single(Analyze(sentence), trigger).Fatalities);
    }

    [Fact]
    public void Executing_or_killing_many_unarmed_people_is_mass_killing()
    {
        Assert.Equal("202", Single(Analyze("Militants executed 40 villagers near Azaz."), "executed").Cameo);
        Assert.Equal("1823", Single(Analyze("Militants executed two men near Azaz."), "executed").Cameo);
        Assert.Equal("202", Single(Analyze("Troops killed 48 civilians in Azaz."), "killed").Cameo);
        Assert.Equal("190", Single(Analyze("Troops killed 48 rebels in Azaz."), "killed").Cameo);
    }

    [Fact]
    public void Eight_executed_together_or_most_of_a_counted_group_is_a_mass_execution()
    {
        Assert.Equal("202", Single(Analyze("Militants executed nine prisoners near Azaz."), "executed").Cameo);
        Assert.Equal("202", Single(Analyze("Militants seized thirty soldiers near Azaz. Most were later executed."), "executed").Cameo);
        Assert.Equal("1823", Single(Analyze("Militants seized thirty soldiers near Azaz. One was later executed."), "executed").Cameo);
    }

    [Fact]
    public void Deaths_with_no_killer_right_after_a_strike_are_its_toll_not_a_massacre()
    {
        var article = Analyze("Warplanes struck a market in Azaz on Monday. Another monitor said dozens of civilians were killed.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "202");
    }

    [Fact]
    public void Troops_killing_dozens_of_civilians_stay_a_massacre()
    {
        var article = Analyze("Warplanes struck a market in Azaz on Monday. Later troops killed dozens of civilians in a village near Azaz.");

        Assert.Contains(article.Events, e => e.Cameo == "202");
    }
}
