using Sitrep.Dictionaries;

namespace Sitrep.Tests.Dictionaries;

/// <summary>Every shipped data file must load and follow the conventions: header, id column, no duplicate ids.</summary>
public sealed class DataFilesTests
{
    public static TheoryData<string> TsvFiles() => new(DataFiles.Names.Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(TsvFiles))]
    public void Tsv_file_has_unique_ids_and_a_source(string name)
    {
        TsvTable table = DataFiles.LoadTsv(name);

        Assert.Contains("id", table.Header);
        Assert.Contains("source", table.Header);
        Assert.NotEmpty(table.Rows);
        var duplicates = table.Column("id").GroupBy(id => id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
        Assert.All(table.Column("source"), s => Assert.False(string.IsNullOrWhiteSpace(s)));
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_is_reported_with_its_line()
    {
        var ex = Assert.Throws<FormatException>(() => TsvTable.Parse("x.tsv", new StringReader("# c\nid\tsource\na\tb\nc\n")));

        Assert.Contains("x.tsv:4", ex.Message);
    }
}
