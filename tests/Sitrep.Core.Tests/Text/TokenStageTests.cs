using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class TokenStageTests
{
    private static string[] Tokens(string text)
    {
        var tokens = new List<Token>();
        new TokenStage().Tokenize(text, 0, text.Length, tokens);
        return tokens.Select(t => text[t.Span.Start..t.Span.End]).ToArray();
    }

    [Theory]
    [InlineData("Turkey’s soil", new[] { "Turkey", "’s", "soil" })]
    [InlineData("the army's men", new[] { "the", "army", "'s", "men" })]
    [InlineData("Al-Nusra fighters", new[] { "Al-Nusra", "fighters" })]
    [InlineData("some 20,000 men, 3.5 km", new[] { "some", "20,000", "men", ",", "3.5", "km" })]
    [InlineData("the U.S. and U.A.E. envoys", new[] { "the", "U.S.", "and", "U.A.E.", "envoys" })]
    [InlineData("Lt. Col. Haddad", new[] { "Lt.", "Col.", "Haddad" })]
    [InlineData("“Hold,” he said.", new[] { "“", "Hold", ",", "”", "he", "said", "." })]
    [InlineData("they dont know", new[] { "they", "dont", "know" })]
    [InlineData("don’t stop", new[] { "don’t", "stop" })]
    [InlineData("wait...", new[] { "wait", "..." })]
    public void Tokenizes_news_text(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Numbers_and_words_are_told_apart()
    {
        var tokens = new List<Token>();
        new TokenStage().Tokenize("70 killed", 0, 9, tokens);

        Assert.Equal([TokenKind.Number, TokenKind.Word], tokens.Select(t => t.Kind));
    }
}
