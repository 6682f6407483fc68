using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>What a token looks like, enough for rules to match on without re-reading characters.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: a span of the article text and its kind. The text is read back from the article.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
