class A:
    def b(self):
        return None
A().b().c()
