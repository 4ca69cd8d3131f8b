// netstandard2.0 lacks this type; records and init accessors need it at compile time only.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
