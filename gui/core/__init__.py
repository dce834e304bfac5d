"""Qt-free domain core: tables, network, quoting, money and CO2. Nothing here imports Qt."""
