namespace Seedance.Contracts.Simulator.Tests; public class PlaceholderTests { }
