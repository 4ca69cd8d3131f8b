namespace Seedance.Contracts.Tests; public class PlaceholderTests { }
