# An exception from a method of a class, through __init__.
class Config:
    def __init__(self, data):
        self.port = self.parse_port(data)
    def parse_port(self, data):
        return int(data["port"])
print(Config({"port": "80"}).port)
Config({"port": "eighty"})
