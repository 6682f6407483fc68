namespace Sitrep.Recognition.Places;

/// <summary>What the words around a name say the place is.</summary>
public enum PlaceHint
{
    None,
    Locality,
    Admin2,
    Admin1,
    Area,
}
