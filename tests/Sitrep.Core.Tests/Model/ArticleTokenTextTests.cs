using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Model;

/// <summary>Token texts are made once and kept; a new token list starts afresh.</summary>
public sealed class ArticleTokenTextTests
{
    [Fact]
    public void A_token_s_text_is_made_once_and_a_new_token_list_forgets_the_old_texts()
    {
        var article = new Article("t", "shells hit Azaz", null, 0)
        {
            Tokens = [new Token(new TextSpan(0, 6), TokenKind.Word), new Token(new TextSpan(7, 10), TokenKind.Word)],
        };

        string first = article.TokenText(1);
        Assert.Same(first, article.TokenText(1));
        Assert.Equal("hit", first);
        Assert.Equal("", article.TokenText(2));
        Assert.Equal("", article.TokenText(-1));

        article.Tokens = [new Token(new TextSpan(11, 15), TokenKind.Word), new Token(new TextSpan(0, 6), TokenKind.Word)];
        Assert.Equal("shells", article.TokenText(1));
    }
}
